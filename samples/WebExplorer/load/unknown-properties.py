#!/usr/bin/env python3
"""A scenario body of just under 1 MiB (ScenarioJson.MaxInputBytes) that is mostly unknown
properties: the flood of issue 30, which once answered 111,787 errors in an 18.4 MB body."""
import sys

limit = 1024 * 1024
head, tail = '{"relation":{"level":"Good"}', "}"
parts, size, i = [head], len(head) + len(tail), 0
while True:
    prop = f',"p{i}":0'
    if size + len(prop) > limit:
        break
    parts.append(prop)
    size += len(prop)
    i += 1
parts.append(tail)
sys.stdout.write("".join(parts))
