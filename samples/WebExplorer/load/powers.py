#!/usr/bin/env python3
"""A valid scenario with N great powers, each offering a sea security guarantee: the shape the
load trial of issue 30 used to make the costly requests costly (N=100 is the scenario limit)."""
import json
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
powers = [f"Power {i}" for i in range(n)]
print(json.dumps({
    "id": f"powers-{n}",
    "roles": {"hedgingState": "Vietnam", "neighbour": "China"},
    "relation": {"level": "Hostile", "settlementFailed": True},
    "powers": [{"name": p, "extraRegional": True, "stance": "Containment", "resolve": "Demonstrated",
                "avoidsLandWar": False, "politicalSystem": "Affirmed"} for p in powers],
    "geography": [{"kind": "LandBorder", "between": ["Vietnam", "China"]}],
    "offers": [{"from": p, "kind": "SecurityGuarantee", "domains": ["Sea"]} for p in powers],
    "coercion": [{"domain": "Sea", "year": 2020, "kind": "Standoff"}, {"domain": "Land", "year": 2020, "kind": "Standoff"}],
}, indent=1))
