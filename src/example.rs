//! The built-in example: three German reports of July 2021 (the USA and allies accuse China of
//! cyberattacks), compiled into the app so it works offline.

/// (file name, text) of each bundled report.
pub const REPORTS: [(&str, &str); 3] = [
    (
        "000_df314317c73a5f8c.txt",
        include_str!("../data/000_df314317c73a5f8c.txt"),
    ),
    (
        "002_7d050bed76aad4ee.txt",
        include_str!("../data/002_7d050bed76aad4ee.txt"),
    ),
    (
        "003_4bce5602b43369d2.txt",
        include_str!("../data/003_4bce5602b43369d2.txt"),
    ),
];
