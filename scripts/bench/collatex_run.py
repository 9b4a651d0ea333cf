"""Times CollateX (default settings) on text files given as arguments; prints seconds and peak MB.

Usage: python collatex_run.py FILE...   (run under `timeout 120`: "did not finish" is a result)
"""
import resource
import sys
import time

from collatex import Collation, collate


def main() -> None:
    collation = Collation()
    for i, path in enumerate(sys.argv[1:]):
        with open(path, encoding="utf-8") as f:
            collation.add_plain_witness(f"W{i}", f.read())
    start = time.perf_counter()
    collate(collation, output="json")
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{seconds:.3f} s, peak {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
