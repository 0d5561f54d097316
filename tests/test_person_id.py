import pytest

from pipelines.privacy.person_id import MASK, PersonIds, id_check_char, mask_id_numbers, normalise_id_number

# A well-formed number on a fictional region code (99...), check digit computed by hand:
# weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 over 99010119800101001 -> sum mod 11 -> table "10X98765432"
FIRST17 = "99010119800101001"


def test_check_digit_by_hand():
    digits = [int(c) for c in FIRST17]
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    expected = "10X98765432"[sum(d * w for d, w in zip(digits, weights)) % 11]
    assert id_check_char(FIRST17) == expected


def test_normalise_and_validate():
    full = FIRST17 + id_check_char(FIRST17)
    assert normalise_id_number(" " + full.lower() + " ") == full
    wrong = FIRST17 + ("0" if full[-1] != "0" else "1")
    with pytest.raises(ValueError) as e:
        normalise_id_number(wrong)
    assert FIRST17 not in str(e.value)  # the message never repeats the number
    with pytest.raises(ValueError):
        normalise_id_number(1.1010519900307e17)  # Excel turned it into a float


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
