//! A hash map whose values live in a list beside it: the table itself maps keys to places in
//! the list (`u32`). Every table of one key type then shares one hash table instantiation in the
//! browser bundle, whatever it stores (a `HashMap<K, V>` per value type costs about 0.3–0.5 KB
//! gzip of WebAssembly each).

use rustc_hash::FxHashMap;
use std::borrow::Borrow;
use std::hash::Hash;

/// Values by key, kept in insertion order.
pub struct Slots<K, V> {
    at: FxHashMap<K, u32>,
    values: Vec<V>,
}

impl<K, V> Default for Slots<K, V> {
    fn default() -> Self {
        Self {
            at: FxHashMap::default(),
            values: Vec::new(),
        }
    }
}

impl<K: Hash + Eq, V> Slots<K, V> {
    /// The value of `key`, made by `make` if it has none.
    pub fn or_insert_with(&mut self, key: K, make: impl FnOnce() -> V) -> &mut V {
        let next = self.values.len() as u32;
        let at = *self.at.entry(key).or_insert(next);
        if at == next {
            self.values.push(make());
        }
        &mut self.values[at as usize]
    }

    /// Sets the value of `key`, replacing the one it had.
    pub fn insert(&mut self, key: K, value: V) {
        let next = self.values.len() as u32;
        let at = *self.at.entry(key).or_insert(next) as usize;
        if at == self.values.len() {
            self.values.push(value);
        } else {
            self.values[at] = value;
        }
    }

    /// The value of `key`, if any.
    pub fn get<Q>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.at.get(key).map(|&at| &self.values[at as usize])
    }

    /// The value of `key` to change, if any.
    pub fn get_mut<Q>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.at.get(key).map(|&at| &mut self.values[at as usize])
    }

    /// Has `key` a value?
    pub fn contains_key<Q>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.at.contains_key(key)
    }

    /// The values, in the order their keys came.
    pub fn values(&self) -> &[V] {
        &self.values
    }

    /// How many keys have a value.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// No key has a value.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_by_key_in_insertion_order() {
        let mut s: Slots<String, Vec<u32>> = Slots::default();
        s.or_insert_with("b".into(), Vec::new).push(1);
        s.or_insert_with("a".into(), Vec::new).push(2);
        s.or_insert_with("b".into(), Vec::new).push(3);
        assert_eq!(s.get("b"), Some(&vec![1, 3]));
        assert_eq!(s.get("a"), Some(&vec![2]));
        assert_eq!(s.get("c"), None);
        assert_eq!(s.len(), 2);
        s.insert("a".into(), vec![4]);
        assert_eq!(s.get("a"), Some(&vec![4]));
        assert_eq!(s.len(), 2);
    }
}
