from __future__ import annotations

from app.auth.passwords import hash_password, password_problem, verify_password


def test_hash_keeps_its_parameters_and_a_per_user_salt() -> None:
    first, second = hash_password("correct horse"), hash_password("correct horse")
    assert first != second  # a fresh salt each time
    scheme, n, r, p, _salt, _key = first.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2**14), "8", "1")
    assert "correct horse" not in first
    cheaper = hash_password("correct horse", n=2**10)
    assert cheaper.split("$")[1] == "1024" and verify_password("correct horse", cheaper)


def test_verify_accepts_only_the_password() -> None:
    stored = hash_password("s3cret-pass")
    assert verify_password("s3cret-pass", stored)
    assert not verify_password("s3cret-pasS", stored)
    assert not verify_password("", stored)


def test_malformed_or_missing_hashes_never_match() -> None:
    for stored in (None, "", "plain", "md5$1$2$3$aa$bb", "scrypt$x$8$1$aa$bb", "scrypt$16384$8$1$!!$bb"):
        assert not verify_password("anything", stored)


def test_weak_passwords_are_refused_with_a_reason() -> None:
    assert "8 characters" in password_problem("short")
    assert "user name" in password_problem("kamran.t", "Kamran.T")
    assert "different characters" in password_problem("aaaaaaaa")
    assert password_problem("a-good-pass") == ""
