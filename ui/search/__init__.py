"""Global search over the decrypted vault, in memory (never an on-disk index)."""
