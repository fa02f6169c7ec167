#!/usr/bin/env python3
"""Interleaved wall-time benchmark for a machine whose speed drifts.

usage: scripts/interleave.py ROUNDS 'command 1' 'command 2' ...

Runs every command once per round, in turn, ROUNDS times (after one unmeasured warm-up round),
and prints each command's median and minimum wall time and its ratio to the last command's
median. Commands are split on spaces (no shell), and their output is discarded.
"""
import os
import statistics
import subprocess
import sys
import time


def run(command):
    subprocess.run(command.split(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    rounds, commands = int(sys.argv[1]), sys.argv[2:]
    times = {command: [] for command in commands}
    for command in commands:
        run(command)
    for _ in range(rounds):
        for command in commands:
            start = time.perf_counter()
            run(command)
            times[command].append(time.perf_counter() - start)
    base = statistics.median(times[commands[-1]])
    for command in commands:
        median = statistics.median(times[command])
        print("%-70s median %7.1f ms  min %7.1f  ratio-to-last %.3f"
              % (command[:70], median * 1000, min(times[command]) * 1000, median / base))
    print("load average", os.getloadavg())


if __name__ == "__main__":
    main()
