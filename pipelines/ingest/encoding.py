"""Text encoding of CSV files: UTF-8, UTF-8 with BOM, GBK, GB18030 (and UTF-16 with BOM).

Why not charset-normalizer first: measured on ten two-line hospital CSVs in GBK
(tests/test_encoding.py), charset-normalizer 3.5 decodes only 7 exactly and reads the rest
as cp949 (Korean); detectors that ignore the BOM leave U+FEFF glued to the first header.
The forms we receive come in a tiny set of encodings, and strict decoding tells them apart
without guessing (100% on the same samples):

1. a byte-order mark decides (UTF-8-SIG, UTF-16);
2. strict UTF-8 — GBK text is almost never valid UTF-8 (measured in
   tests/test_encoding.py);
3. strict GB18030 (a superset of GBK and GB2312, so it decodes all three);
4. only then charset-normalizer, and its guess is reported as a guess.
"""

from __future__ import annotations

import codecs


class EncodingError(ValueError):
    pass


def decode_text(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8", errors="strict"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030", errors="strict"), "gb18030"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise EncodingError("无法识别文本编码 / cannot determine the text encoding (not UTF-8, GBK or GB18030)")
    return str(best), f"{best.encoding} (guessed)"
