
from pipelines.privacy.person_id import MASK, PersonIds, id_check_char, mask_id_numbers, read_id_number

# A well-formed number on a fictional region code (99...), check digit computed by hand:
# weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 over 99010119800101001 -> sum mod 11 -> table "10X98765432"
FIRST17 = "99010119800101001"


def test_check_digit_by_hand():
    digits = [int(c) for c in FIRST17]
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    expected = "10X98765432"[sum(d * w for d, w in zip(digits, weights)) % 11]
    assert id_check_char(FIRST17) == expected


def test_read_id_number_curates_doubtful_numbers_with_a_finding():
    full = FIRST17 + id_check_char(FIRST17)
    assert read_id_number(" " + full.lower() + " ").canonical == full and read_id_number(full).code is None
    assert read_id_number("'" + full) == read_id_number(full)  # a leading apostrophe (text cell)
    wrong = FIRST17 + ("0" if full[-1] != "0" else "1")
    r = read_id_number(wrong)
    assert (r.canonical, r.code) == (wrong, "ID_CHECK_DIGIT") and FIRST17 not in r.message  # never repeats the number
    # 15 digits: century 19 inserted, check digit computed (by hand: the 17 digits 990101 19 800101 001)
    old = FIRST17[:6] + FIRST17[8:]
    assert (read_id_number(old).canonical, read_id_number(old).code) == (full, "ID_15_DIGIT")
    assert (read_id_number(9.90101198001010e17).canonical, read_id_number(9.90101198001010e17).code) == (None, "ID_STORED_AS_NUMBER")
    assert read_id_number("12345").code == "ID_MALFORMED" and read_id_number("12345").canonical is None
    assert read_id_number(None) is None and read_id_number("  ") is None


def test_person_id_stable_and_keyed():
    full = FIRST17 + id_check_char(FIRST17)
    a, b = PersonIds(b"key-a"), PersonIds(b"key-b")
    assert a.from_id_number(full) == a.from_id_number(full)
    assert a.from_id_number(full) != b.from_id_number(full)
    assert full not in a.from_id_number(full)


def test_masking_text_and_numbers():
    full = FIRST17 + id_check_char(FIRST17)
    assert mask_id_numbers(f"王丽 {full} 内科") == f"王丽 {MASK} 内科"
    assert mask_id_numbers(1.1010519900307e17) == MASK
    assert mask_id_numbers("联系电话 13800138000") == "联系电话 13800138000"  # 11 digits: a phone, not an ID
    assert mask_id_numbers(2023) == 2023


def test_id_written_in_groups_is_the_same_number():
    body = "99012219880705123"
    idn = body + id_check_char(body)
    for spelling in (f"{idn[:6]}-{idn[6:14]}-{idn[14:]}", f"{idn[:6]} {idn[6:14]} {idn[14:]}", f"{idn[:6]}－{idn[6:]}"):
        r = read_id_number(spelling)
        assert r.canonical == idn and r.code is None, spelling


def test_a_credit_code_is_not_masked_but_an_id_number_beside_a_letter_is():
    """A hospital's 统一社会信用代码 with 17 digits before its letter (realworld27's code list) is an
    institution's code; an 18-digit ID number followed by a letter is still masked."""
    from pipelines.privacy.person_id import MASK, mask_id_numbers

    assert mask_id_numbers("统一社会信用代码：91110000600037341L") == "统一社会信用代码:91110000600037341L"
    assert mask_id_numbers("110101199003074514J") == MASK + "J"
    assert MASK in mask_id_numbers("91110000600037341M")  # check character wrong: not a code, masked


def test_key_file_text_or_raw_bytes(tmp_path, monkeypatch):
    from pipelines.privacy.person_id import KEY_ENV, load_key

    monkeypatch.delenv(KEY_ENV, raising=False)
    text_key = tmp_path / "text.key"
    text_key.write_text("abc123\n", encoding="utf-8")
    assert load_key(text_key) == b"abc123"  # a text key: the line without its line break
    raw = bytes([0x00, 0xC3, 0x28, 0xFF, 0x0A, 0x20])  # not UTF-8: what `head -c 32 /dev/urandom > key` gives
    raw_key = tmp_path / "raw.key"
    raw_key.write_bytes(raw)
    assert load_key(raw_key) == raw  # the bytes as they are (no traceback, nothing stripped)


def test_masking_ids_spaced_any_way_but_never_a_run_id():
    full = FIRST17 + id_check_char(FIRST17)
    grouped = " ".join(full[i:i + 4] for i in range(0, 18, 4))  # 9901 0119 8001 0100 1x
    assert mask_id_numbers(f"身份证号 {grouped}") == f"身份证号 {MASK}"
    assert mask_id_numbers("王 " + " ".join(full) + " 内科") == f"王 {MASK} 内科"
    assert mask_id_numbers("run I20261207-004101-123456") == "run I20261207-004101-123456"


def test_a_transliterated_name_is_one_person_however_its_dot_is_typed():
    ids = PersonIds(b"k")
    spellings = ["阿卜杜拉·买买提", "阿卜杜拉•买买提", "阿卜杜拉.买买提", "阿卜杜拉・买买提", "阿卜杜拉 · 买买提",
                 "阿卜杜拉买买提"]  # the dot left out (realworld114)
    assert len({ids.from_name(n, "H1") for n in spellings}) == 1
    assert ids.from_name("阿卜杜拉·买买提", "H1") != ids.from_name("阿卜杜拉·买买提", "H2")
