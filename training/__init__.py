"""Scripts that fit the project's shipped models on the tuning sets of ../shared/corpus (run by hand).

BLAS is held to one thread before numpy is imported: a multi-threaded matrix product sums in an
order that depends on the threads, so a fit could differ in its last bits from one machine to
another; on one thread the same inputs give the same weights everywhere.
"""
import os

for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")
