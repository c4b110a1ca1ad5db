"""Encryption of stored secrets (SMTP passwords) with a key derived from the secret key."""

from __future__ import annotations

import base64
import hashlib
import hmac

from cryptography.fernet import Fernet, InvalidToken


def _fernet(secret_key: str) -> Fernet:
    # A distinct derivation label keeps the encryption key apart from the signing key.
    raw = hmac.new(secret_key.encode(), b"outreach:secret-encryption:v1", hashlib.sha256).digest()
    return Fernet(base64.urlsafe_b64encode(raw))


def encrypt_secret(secret_key: str, plaintext: str) -> str:
    """Encrypt ``plaintext`` for storage."""
    return _fernet(secret_key).encrypt(plaintext.encode()).decode()


def decrypt_secret(secret_key: str, ciphertext: str) -> str:
    """Decrypt a value produced by :func:`encrypt_secret`; raises ValueError if tampered."""
    try:
        return _fernet(secret_key).decrypt(ciphertext.encode()).decode()
    except InvalidToken as exc:
        raise ValueError("stored secret cannot be decrypted with this secret key") from exc


def sha256_hex(value: str) -> str:
    """Hex SHA-256 of a string (API keys, erased emails)."""
    return hashlib.sha256(value.encode()).hexdigest()
