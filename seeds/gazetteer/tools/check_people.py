#!/usr/bin/env python3
"""Checks the generated people.tsv for surface forms that name two people, or a person and another gazetteer entry.

A key (fold_key: the NameKey folding) shared by two listed people is a bug unless both really bear it, in which
case it must not be an alias of either. Keys shared with countries, places, organizations, initiatives or events
are reported as warnings (e.g. بخاري is both Buhari and Bukhara). Exit status 1 when two people share a key.
Usage: python3 seeds/gazetteer/tools/check_people.py
"""
import collections
import csv
import os
import sys

from gazetteer_common import GAZETTEER_DIR, fold_key, parse_no_args


def rows(name):
    with open(os.path.join(GAZETTEER_DIR, name), encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def forms(row):
    names = [row.get("name_en", ""), row.get("name_ar", "")]
    for column in ("aliases_en", "aliases_ar"):
        names += [x for x in (row.get(column) or "").split("|") if x]
    return [fold_key(n) for n in names if n]


def main():
    parse_no_args(__doc__)
    owners = collections.defaultdict(set)
    for row in rows("people.tsv"):
        for key in forms(row):
            owners[key].add(row["id"])
    clashes = sorted((k, sorted(v)) for k, v in owners.items() if len(v) > 1)
    for key, ids in clashes:
        print("people share %r: %s" % (key, ", ".join(ids)))
    for name in ("countries.tsv", "places.tsv", "organizations.tsv", "initiatives.tsv", "events.tsv"):
        for row in rows(name):
            for key in forms(row):
                if key in owners:
                    print("warning: %s entry %r is also person %s" % (name, key, ", ".join(sorted(owners[key]))))
    print("%d people keys, %d shared by two people" % (len(owners), len(clashes)))
    return 1 if clashes else 0


if __name__ == "__main__":
    sys.exit(main())
