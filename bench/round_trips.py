#!/usr/bin/env python3
"""Store round trips per turn from a redis-cli MONITOR capture (bench/run.sh).

A line from a client ("[0 127.0.0.1:port]") is a command the host sent; a line from "[0 lua]" ran inside a script and
costs no round trip. Turns are the state writes (EVALSHA/EVAL whose first key ends in ':state'). Two kinds of commands
share a round trip with another: the seen-marker EXISTS pipelined with the state read (one batch), everything between
MULTI and EXEC (one transaction), and what the client library writes ahead of a command in the same write (SELECT, and
SCRIPT LOAD before the first EVAL of a script). Prints round trips per turn and the top-level commands behind them."""
import collections
import re
import sys

line_re = re.compile(r'^\d+\.\d+ \[\d+ ([^\]]+)\] "([^"]+)"(.*)$')
trips = 0
turns = 0
in_multi = set()
kinds = collections.Counter()
with open(sys.argv[1], encoding="utf-8", errors="replace") as capture:
    for line in capture:
        match = line_re.match(line.strip())
        if not match:
            continue
        client, command, rest = match.group(1), match.group(2).upper(), match.group(3)
        if client == "lua" or command in ("INFO", "MONITOR", "PING", "CLIENT", "CLUSTER", "ECHO", "SUBSCRIBE", "SELECT",
                                          "SCRIPT", "HELLO", "SCAN", "MEMORY", "HKEYS"):
            continue
        args = re.findall(r'"((?:[^"\\]|\\.)*)"', rest)
        if command == "MULTI":
            in_multi.add(client)
            trips += 1
            kinds["MULTI..EXEC"] += 1
            continue
        if command == "EXEC":
            in_multi.discard(client)
            continue
        if client in in_multi:
            continue
        if command in ("EVALSHA", "EVAL") and len(args) >= 3 and args[2].endswith(":state"):
            turns += 1
        if command == "EXISTS" and args and ":seen:" in args[0]:
            continue
        trips += 1
        kinds[command] += 1

if turns == 0:
    print("n/a (no turns in the window)")
else:
    detail = ", ".join(f"{kind} {count / turns:.2f}" for kind, count in kinds.most_common())
    print(f"{trips / turns:.2f} over {turns} turns ({detail})")
