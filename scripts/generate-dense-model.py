#!/usr/bin/env python3
"""Generate a small but densely connected model: few elements, many labelled flows.

    python3 scripts/generate-dense-model.py --elements 100 --flows 1000 > dense.dfd

The worst case for dot's layout is not a big model but a dense one: about 30 KB of text with
100 elements in nested boundaries and 1,000 labelled flows crossing between them took `render`
and `report` past 120 s before layout had a cost model and a time budget (issue 12). This
writes such a model, deterministically from the seed. Every flow is named, so no two flows
clash however often two elements are joined. Standard library only.
"""

import argparse
import random

KINDS = ["sensor", "gateway", "service", "camera", "web-app"]
PROTOCOLS = ["https", "mqtt", "mqtts", "lorawan", "http", "ssh"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--elements", type=int, default=100, metavar="N")
    parser.add_argument("--flows", type=int, default=1000, metavar="F")
    parser.add_argument("--seed", type=int, default=1, metavar="S")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    print('model "Dense generated model"')
    print()
    per_boundary = 5
    groups = [list(range(start, min(start + per_boundary, args.elements)))
              for start in range(0, args.elements, per_boundary)]
    # Boundaries nested three deep (physical > network > network), one group of elements in each.
    for first in range(0, len(groups), 3):
        triple = groups[first:first + 3]
        for depth, group in enumerate(triple):
            number = first + depth
            kind = ["physical", "network", "network"][depth]
            print(f'{"  " * depth}boundary b{number} "Boundary {number}" [type: {kind}] {{')
            for index in group:
                print(f'{"  " * (depth + 1)}{KINDS[index % len(KINDS)]} e{index} "Element {index}"')
        for depth in reversed(range(len(triple))):
            print(f'{"  " * depth}}}')
    print()
    for number in range(1, args.flows + 1):
        source = rng.randrange(args.elements)
        target = rng.randrange(args.elements - 1)
        if target >= source:
            target += 1
        line = f'f{number}: e{source} -> e{target} "Batch {number}"'
        if number % 5 == 0:
            line += f" [protocol: {PROTOCOLS[number // 5 % len(PROTOCOLS)]}]"
        print(line)


if __name__ == "__main__":
    main()
