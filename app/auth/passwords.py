"""Password hashes: scrypt (memory-hard) with a per-user salt; the parameters travel with the hash.

A stored hash reads `scrypt$N$r$p$salt$key` (salt and key in base64), so the cost can rise later
without breaking old accounts. Passwords themselves are never stored, logged or exported.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

SCHEME = "scrypt"
COST_N, BLOCK_R, PARALLEL_P = 2**14, 8, 1  # ~16 MB and ~50 ms a check: slow for a guesser, quick for a person
KEY_BYTES, SALT_BYTES = 32, 16
MIN_LENGTH = 8


def hash_password(password: str, *, n: int = COST_N, r: int = BLOCK_R, p: int = PARALLEL_P) -> str:
    salt = os.urandom(SALT_BYTES)
    key = _derive(password, salt, n, r, p)
    return "$".join([SCHEME, str(n), str(r), str(p), _b64(salt), _b64(key)])


def verify_password(password: str, stored: str | None) -> bool:
    """True when `password` matches `stored`; compared in constant time. A malformed hash never matches."""
    try:
        scheme, n, r, p, salt, key = (stored or "").split("$")
        if scheme != SCHEME:
            return False
        expected = base64.b64decode(key)
        actual = _derive(password, base64.b64decode(salt), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)


def password_problem(password: str, username: str = "") -> str:
    """Why a new password is too weak ('' when it is good enough): one sentence for the user."""
    if len(password) < MIN_LENGTH:
        return f"The password needs at least {MIN_LENGTH} characters."
    if username and password.strip().casefold() == username.strip().casefold():
        return "The password must not be the user name."
    if len(set(password)) < 4:
        return "The password needs at least 4 different characters."
    return ""


# A hash for unknown user names, so a wrong name takes as long to refuse as a wrong password.
_DUMMY: list[str] = []


def dummy_check(password: str) -> None:
    if not _DUMMY:
        _DUMMY.append(hash_password("no such user"))
    verify_password(password, _DUMMY[0])


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # maxmem: 128·N·r bytes plus slack; scrypt's default 32 MB limit would refuse higher costs.
    return hashlib.scrypt(password.encode(), salt=salt, n=n, r=r, p=p, dklen=KEY_BYTES, maxmem=256 * n * r + 2**20)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
