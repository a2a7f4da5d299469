"""The benchmark suite of issue 19: each figure beside a floor measured in the same run.

Run it as ``python -m benchmarks`` from the repository root; it is a developer tool and not part
of the wheel.
"""
