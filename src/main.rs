//! Parallax in the browser: the Yew app's entry point.

fn main() {
    println!("placeholder");
}
