"""Pure normalizers: text folding, numbers, dates, ministries.

Every function here is pure (no I/O except the registry loader, which reads packaged data)
and idempotent; tests/test_normalizers.py checks both properties with hypothesis.
"""
