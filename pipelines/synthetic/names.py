"""Fictional people and places for synthetic data.

The province 青岚省 and every city, county and hospital name here are invented; region
codes start with 99, which no real province uses. Person names are random combinations of
common characters, and ID numbers are well-formed (valid check digit) but built on the
fictional 99xxxx region codes, so they cannot belong to anyone.
"""

from __future__ import annotations

import datetime as dt
import random

from pipelines.privacy.person_id import id_check_char

PROVINCE = "青岚省"
SYNTHETIC_MARK = "合成数据 SYNTHETIC"

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁婷雪琳晶欣怡佳瑶梦倩慧颖蕾琪博文轩睿思源嘉航晨阳毅锋亮志坚海林峰宏波"


def person_name(rng: random.Random) -> str:
    n = 1 if rng.random() < 0.35 else 2
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(n))


def id_number(rng: random.Random, region: str, birth: dt.date, female: bool) -> str:
    seq = rng.randrange(0, 100)
    sex_digit = rng.choice("02468" if female else "13579")
    first17 = f"{region}{birth:%Y%m%d}{seq:02d}{sex_digit}"
    return first17 + id_check_char(first17)
