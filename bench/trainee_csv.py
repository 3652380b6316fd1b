#!/usr/bin/env python3
"""Writes N valid, distinct trainee rows as the import CSV (Chinese headers), for
bench/import_trainees.sh; with --bad every row is refused twice (a wrong check character and
an unknown key group), for bench/import_load.sh. ID numbers get a real GB 11643 check character; residence and
household are Chengdu Jinjiang (510104) so a county officer may import them. --first K starts
the sequence at K, so that a second run into the same database imports other people."""
import random
import sys

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECKS = "10X98765432"
GROUPS = ["退役军人", "农村转移就业劳动者", "两后生", "残疾人", "易返贫致贫人口", ""]
STATUSES = ["失业/未就业", "企业在岗职工", "灵活就业"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"


def id_number(n):
    # Distinct numbers: the birth date walks 1960-01-01 onwards, the sequence takes the rest.
    day = n // 1000
    year, month, dom = 1960 + day // 336, 1 + (day // 28) % 12, 1 + day % 28
    first17 = f"510104{year:04d}{month:02d}{dom:02d}{n % 1000:03d}"
    return first17 + CHECKS[sum(int(c) * w for c, w in zip(first17, WEIGHTS)) % 11]


def main():
    bad = "--bad" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--bad"]
    first = 0
    if "--first" in args:
        at = args.index("--first")
        first = int(args[at + 1])
        del args[at:at + 2]
    count = int(args[0]) if args else 100000
    rng = random.Random(2026)
    out = sys.stdout
    out.write("\ufeff姓名,身份证号,手机号,户籍地区划代码,常住地区划代码,重点群体,就业状态\r\n")
    for n in range(first, first + count):
        name = rng.choice(SURNAMES) + "某" + str(n % 100)
        number = id_number(n)
        if bad:
            number = number[:17] + ("0" if number[17] != "0" else "1")
        group = "宇航员" if bad else rng.choice(GROUPS)
        out.write(f"{name},{number},1{rng.choice('3456789')}{n:09d},510104,510104,"
                  f"{group},{rng.choice(STATUSES)}\r\n")


if __name__ == "__main__":
    main()
