"""A real password-protected .xlsx (ECMA-376 agile encryption, AES-256-CBC / SHA-512, as Excel
2010+ writes it), built with `cryptography` and a minimal compound-file (CFB v3) writer. No
package in the lock file writes encrypted workbooks; this is what a hospital sends when a clerk
ticks "encrypt with password"."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import struct

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

_BLK_VERIFIER_INPUT = bytes.fromhex("fea7d2763b4b9e79")
_BLK_VERIFIER_HASH = bytes.fromhex("d7aa0f6d3061344e")
_BLK_KEY = bytes.fromhex("146e0be7abacd0d6")
_BLK_HMAC_KEY = bytes.fromhex("5fb2ad010cb9e1f6")
_BLK_HMAC_VALUE = bytes.fromhex("a0677f02b22c8433")


def _aes_cbc(key: bytes, iv: bytes, data: bytes) -> bytes:
    if len(data) % 16:
        data += b"\0" * (16 - len(data) % 16)
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return enc.update(data) + enc.finalize()


def _sha512(*parts: bytes) -> bytes:
    h = hashlib.sha512()
    for p in parts:
        h.update(p)
    return h.digest()


def _fit(b: bytes, n: int, pad: int) -> bytes:
    return b[:n] if len(b) >= n else b + bytes([pad]) * (n - len(b))


def encrypt_ooxml(plain: bytes, password: str, spin: int = 100_000) -> bytes:
    """Encrypt an OOXML package (the bytes of an .xlsx) with `password`; returns the CFB file."""
    key = os.urandom(32)
    kd_salt = os.urandom(16)
    pw_salt = os.urandom(16)
    h = _sha512(pw_salt, password.encode("utf-16-le"))
    for i in range(spin):
        h = _sha512(struct.pack("<I", i), h)

    def pw_key(block: bytes) -> bytes:
        return _fit(_sha512(h, block), 32, 0x36)

    verifier = os.urandom(16)
    enc_vin = _aes_cbc(pw_key(_BLK_VERIFIER_INPUT), pw_salt, verifier)
    enc_vhash = _aes_cbc(pw_key(_BLK_VERIFIER_HASH), pw_salt, _sha512(verifier))
    enc_key = _aes_cbc(pw_key(_BLK_KEY), pw_salt, key)

    package = bytearray(struct.pack("<Q", len(plain)))
    for n, off in enumerate(range(0, len(plain), 4096)):
        iv = _sha512(kd_salt, struct.pack("<I", n))[:16]
        package += _aes_cbc(key, iv, plain[off:off + 4096])
    package = bytes(package)

    hmac_salt = os.urandom(64)
    enc_hmac_key = _aes_cbc(key, _sha512(kd_salt, _BLK_HMAC_KEY)[:16], hmac_salt)
    enc_hmac_val = _aes_cbc(key, _sha512(kd_salt, _BLK_HMAC_VALUE)[:16],
                            hmac.new(hmac_salt, package, hashlib.sha512).digest())
    b64 = lambda b: base64.b64encode(b).decode()  # noqa: E731
    common = ('saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" '
              'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"')
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" '
           'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password" '
           'xmlns:c="http://schemas.microsoft.com/office/2006/keyEncryptor/certificate">'
           f'<keyData {common} saltValue="{b64(kd_salt)}"/>'
           f'<dataIntegrity encryptedHmacKey="{b64(enc_hmac_key)}" encryptedHmacValue="{b64(enc_hmac_val)}"/>'
           '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
           f'<p:encryptedKey spinCount="{spin}" {common} saltValue="{b64(pw_salt)}" '
           f'encryptedVerifierHashInput="{b64(enc_vin)}" encryptedVerifierHashValue="{b64(enc_vhash)}" '
           f'encryptedKeyValue="{b64(enc_key)}"/></keyEncryptor></keyEncryptors></encryption>')
    info = struct.pack("<HHI", 4, 4, 0x40) + xml.encode()
    return cfb({"EncryptionInfo": info, "EncryptedPackage": package})


# --- compound file binary format, version 3 (MS-CFB) -------------------------------------
_FREE, _END, _FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
_NOSTREAM = 0xFFFFFFFF


def _dir_entry(name: str, kind: int, color: int, left: int, right: int, child: int,
               start: int, size: int) -> bytes:
    raw = (name.encode("utf-16-le") + b"\0\0") if name else b""
    return (raw.ljust(64, b"\0") + struct.pack("<HBBIII", len(raw), kind, color, left, right, child)
            + b"\0" * 16 + b"\0" * 4 + b"\0" * 16 + struct.pack("<IQ", start, size))


def cfb(streams: dict[str, bytes]) -> bytes:
    """A compound file holding `streams` in its root storage: streams under 4096 bytes in the
    mini stream, the others in regular sectors. Two or three streams (enough here)."""
    names = sorted(streams, key=lambda n: (len(n), n.upper()))
    assert 1 <= len(names) <= 3
    mini_data, mini_fat, big = bytearray(), [], []
    starts = {}
    for n in names:
        data = streams[n]
        if len(data) < 4096:
            first = len(mini_data) // 64
            count = max(1, -(-len(data) // 64))
            starts[n] = first
            mini_fat += [first + i + 1 for i in range(count - 1)] + [_END]
            mini_data += data.ljust(count * 64, b"\0")
        else:
            big.append(n)
    # sectors: 0 = FAT, 1 = directory, 2 = mini FAT, then the mini stream, then big streams
    sectors: list[bytes] = []
    fat: list[int] = []

    def add_chain(data: bytes) -> int:
        first = len(sectors) + 1  # +1: the FAT sector comes first
        count = max(1, -(-len(data) // 512))
        for i in range(count):
            sectors.append(data[i * 512:(i + 1) * 512].ljust(512, b"\0"))
        fat.extend([first + i + 1 for i in range(count - 1)] + [_END])
        return first

    dir_placeholder = len(sectors)
    sectors.append(b"")
    fat.append(_END)
    minifat_start = add_chain(b"".join(struct.pack("<I", x) for x in mini_fat)) if mini_fat else _END
    mini_start = add_chain(bytes(mini_data)) if mini_data else _END
    for n in big:
        starts[n] = add_chain(streams[n])
    # a balanced tree: the middle name is the root's child, black; its neighbours red
    ids = {n: i + 1 for i, n in enumerate(names)}
    mid = names[len(names) // 2]
    entries = [_dir_entry("Root Entry", 5, 1, _NOSTREAM, _NOSTREAM, ids[mid], mini_start, len(mini_data))]
    for n in names:
        left = ids[names[0]] if n == mid and names[0] != mid else _NOSTREAM
        right = ids[names[-1]] if n == mid and names[-1] != mid else _NOSTREAM
        entries.append(_dir_entry(n, 2, 1 if n == mid else 0, left, right, _NOSTREAM, starts[n], len(streams[n])))
    while len(entries) < 4:
        entries.append(_dir_entry("", 0, 0, _NOSTREAM, _NOSTREAM, _NOSTREAM, 0, 0))
    sectors[dir_placeholder] = b"".join(entries)
    fat = [_FATSECT] + fat
    assert len(fat) <= 128, "one FAT sector only"
    fat_sector = b"".join(struct.pack("<I", x) for x in fat).ljust(512, b"\xff")
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, 1, 1 + dir_placeholder, 0, 4096,
                            minifat_start, 1 if mini_fat else 0, _END, 0)
              + struct.pack("<I", 0) + b"\xff" * 4 * 108)
    assert len(header) == 512
    return header + fat_sector + b"".join(sectors)
