#!/usr/bin/env python3
"""Generate a large, synthetic but realistic scp-dfd model for benchmarks.

    python3 scripts/generate-model.py --elements 1000 --seed 7 > big.dfd

The model has N elements of the catalogue's connected-places kinds with valid
attributes, about three flows per element (with protocols; some two-way, about
half named), about N/10 trust boundaries nested up to four deep (organisation >
site > street > cabinet, cloud > tenancy > zone), data assets on the flows, and
a few model-specific threats. The same arguments always give the same text.

Every model it writes is meant to check clean (no errors, no warnings):
  - identifiers are unique, never reserved words, and never contain `->`;
  - kinds, attributes, enum values and protocols come from the built-in
    catalogue, and each attribute respects its `applies-to` categories;
  - no flow connects an element to itself, a store to a store, a store to an
    external entity, or two external entities;
  - a flow is left unnamed only when it is the sole flow between its two
    elements, so its identifier `a->b` (and, for `a <-> b`, the reverse
    `b->a`) is unique; all other flows get an explicit unique name
    (`flow-17`; the reverse half of a named two-way flow is `flow-17-reverse`);
  - at most one two-way flow joins any two elements;
  - every data asset is carried by some flow, every boundary holds at least
    one element, and (from two elements up) every element is in a flow;
  - triage is limited to model-specific threats, which need no finding.

Standard library only.
"""

import argparse
import random
import sys

# ----------------------------------------------------------------------------
# Vocabulary: kinds from the built-in catalogue, with weights, id stems, labels
# ----------------------------------------------------------------------------

DEVICE_KINDS = [
    ("lighting-node", 22, "lamp-node", "Street-light controller node"),
    ("sensor", 14, "aq-sensor", "Air-quality sensor"),
    ("parking-sensor", 12, "bay-sensor", "Parking bay sensor"),
    ("people-counter", 4, "footfall", "Footfall counter"),
    ("camera", 6, "cctv", "CCTV camera"),
    ("anpr-camera", 4, "anpr-cam", "ANPR camera"),
    ("message-sign", 3, "vms", "Variable message sign"),
    ("traffic-signal-controller", 5, "tsc", "Traffic signal controller"),
    ("plc", 3, "outstation", "Outstation (RTU)"),
    ("ev-charger", 6, "charger", "EV charge point"),
    ("actuator", 2, "flood-gate", "Flood gate actuator"),
]

PROCESS_KINDS = [
    ("gateway", 14, "gw", "LoRaWAN gateway"),
    ("edge", 6, "cabinet-edge", "Roadside edge unit"),
    ("network-server", 3, "lns", "LoRaWAN network server"),
    ("iot-platform", 3, "iot-platform", "IoT platform"),
    ("data-platform", 2, "udp", "Urban data platform"),
    ("cms", 3, "cms", "Lighting management system"),
    ("scada", 2, "utc", "UTC/UTMC traffic control"),
    ("vms", 2, "video-mgmt", "Video management system"),
    ("anpr-system", 1, "anpr-bo", "ANPR back office"),
    ("cpms", 2, "cpms", "Charge point management system"),
    ("dashboard", 3, "dashboard", "Operations dashboard"),
    ("open-data-portal", 1, "open-data", "Open-data portal"),
    ("api", 4, "api", "Integration API"),
    ("service", 3, "svc", "Back-end service"),
    ("web-app", 2, "portal", "Citizen web portal"),
    ("mobile-app", 2, "app", "Citizen app"),
    ("remote-access", 1, "jump-host", "Remote-access gateway"),
    ("identity-provider", 1, "sso", "Single sign-on"),
    ("update-service", 1, "fuota", "Firmware update service"),
    ("siem", 1, "siem", "Security monitoring"),
]

STORE_KINDS = [
    ("database", 5, "db", "Database"),
    ("timeseries-db", 4, "tsdb", "Telemetry store"),
    ("object-store", 2, "bucket", "Object store"),
    ("data-lake", 1, "lake", "Data lake"),
    ("video-archive", 2, "video-archive", "Video archive"),
    ("log", 2, "audit-log", "Audit log"),
    ("queue", 2, "queue", "Message queue"),
    ("key-store", 1, "keys", "Key store"),
    ("backup", 1, "backup", "Backup copy"),
]

EXTERNAL_KINDS = [
    ("staff", 4, "officer", "Council officer"),
    ("citizen", 3, "resident", "Resident"),
    ("contractor", 2, "engineer", "Contractor engineer"),
    ("supplier", 2, "supplier", "Supplier support desk"),
    ("third-party-service", 2, "feed", "Third-party feed"),
    ("data-consumer", 1, "reuser", "Open-data reuser"),
]

CATEGORY_SHARE = [("device", 45), ("process", 30), ("store", 12), ("external", 13)]
KINDS_BY_CATEGORY = {
    "device": DEVICE_KINDS, "process": PROCESS_KINDS,
    "store": STORE_KINDS, "external": EXTERNAL_KINDS,
}

SAFETY_KINDS = {"lighting-node", "traffic-signal-controller", "message-sign", "actuator", "scada"}
PUBLIC_FACING = {"dashboard", "open-data-portal", "web-app", "api"}
USER_KINDS = {"staff", "citizen", "contractor"}
BACK_ENDS = ["network-server", "iot-platform", "cms", "cpms", "scada", "vms", "anpr-system",
             "data-platform", "service", "api"]

# How each device kind talks: uplink targets (kinds, in preference order),
# uplink protocols and data, and the kinds that send it commands.
RADIO = ["lorawan", "lorawan", "lorawan", "nb-iot", "lte-m", "zigbee", "wi-sun"]
DEVICE_LINKS = {
    "lighting-node": (["gateway"], RADIO, ["status"], ["gateway", "cms"]),
    "sensor": (["gateway"], RADIO, ["readings"], ["gateway", "iot-platform"]),
    "parking-sensor": (["gateway"], RADIO, ["readings", "status"], ["gateway", "iot-platform"]),
    "people-counter": (["gateway", "edge"], RADIO, ["readings"], ["gateway", "iot-platform"]),
    "camera": (["vms", "edge"], ["rtsps", "https", "onvif"], ["video"], ["vms"]),
    "anpr-camera": (["anpr-system", "edge"], ["https"], ["plate-reads"], ["anpr-system"]),
    "message-sign": (["scada", "edge"], ["snmpv3", "utmc"], ["status"], ["scada"]),
    "traffic-signal-controller": (["edge", "scada"], ["utmc", "rs485", "ethernet"], ["status"], ["edge", "scada"]),
    "plc": (["edge", "scada"], ["modbus", "dnp3-sa", "ethernet"], ["status"], ["edge", "scada"]),
    "ev-charger": (["cpms"], ["ocpp-sp2", "ocpp-sp3", "ocpp-sp1"], ["sessions", "status"], ["cpms"]),
    "actuator": (["edge", "iot-platform"], ["modbus", "mqtts", "lorawan"], ["status"], ["edge", "iot-platform"]),
}
CELLULAR = {"nb-iot", "lte-m"}
BACKHAUL = ["basics-station", "mqtts", "https", "mqtt"]
SERVICE = ["https", "https", "grpc", "mqtts", "amqps", "kafka", "wss"]
STORE_PROTOCOLS = ["postgres", "s3", "kafka", "https"]
# Protocols that are often run with TLS added (stated as `tls` on the flow).
TLS_CAPABLE = {"grpc", "kafka", "mqtt", "postgres", "onvif"}

PLACES = [
    "High Street", "Market Square", "Station Road", "Riverside", "Castle Ward", "Mill Lane",
    "North Ring Road", "Harbour", "Old Town", "Park Avenue", "Canal Basin", "Bridge Street",
]
ORGS = [
    "Anytown Borough Council", "Brightway Lighting Ltd", "Meshlink Networks Ltd",
    "Meridian Traffic Systems Ltd", "Voltway Charging Ltd", "Kerbline Highways Ltd",
    "Northwave Mobile plc", "Civic Data Cloud Ltd",
]

DATA_TEMPLATES = [
    # stem, label, attributes
    ("readings", "Sensor readings", "classification: public, type: telemetry"),
    ("status", "Device status and faults", "classification: internal, type: telemetry"),
    ("schedule", "Schedules and set-points", "classification: internal, type: configuration, safety"),
    ("commands", "Control commands", "classification: internal, type: command"),
    ("firmware", "Firmware image", "classification: confidential, type: firmware"),
    ("credentials", "Service credentials", "classification: confidential, type: credentials"),
    ("plate-reads", "Plate reads",
     "classification: personal, type: telemetry, identifiers, location, evidential, retention-days: 90"),
    ("video", "Recorded video", "classification: personal, type: video, location, retention-days: 31"),
    ("accounts", "Citizen accounts", "classification: personal, type: other"),
    ("sessions", "Charging sessions", "classification: personal, type: transactions, evidential"),
    ("open-dataset", "Published dataset",
     "classification: public, type: dataset, open, anonymisation: aggregated"),
    ("audit", "Audit events", "classification: confidential, type: logs"),
]

# Boundary layout: each row is (type, the parent types it may nest in; None = top level).
BOUNDARY_PLAN = [
    ("organisation", [None]),
    ("physical", ["organisation"]),
    ("physical", ["physical"]),
    ("physical", ["physical"]),
    ("cloud", [None, "organisation"]),
    ("cloud", ["cloud"]),
    ("network", ["cloud", "organisation", "network"]),
    ("physical", ["organisation", "physical", "network"]),
    ("internet", [None]),
    ("network", ["cloud", "organisation", "network"]),
]
BOUNDARY_NAMES = {
    "organisation": ("org", "Organisation"), "cloud": ("cloud", "Cloud tenancy"),
    "physical": ("site", "Site"), "network": ("zone", "Network zone"),
    "internet": ("internet", "Public internet"),
}
HOME_TYPES = {
    "device": ["physical"],
    "process": ["network", "cloud"],
    "store": ["network", "cloud"],
    "external": ["organisation", "internet"],
}


class Element:
    def __init__(self, ident, kind, category, label):
        self.id = ident
        self.kind = kind
        self.category = category
        self.label = label
        self.attrs = []
        self.boundary = None


class Boundary:
    def __init__(self, ident, label, btype, parent):
        self.id = ident
        self.label = label
        self.type = btype
        self.parent = parent
        self.depth = 1 if parent is None else parent.depth + 1
        self.attrs = []
        self.children = []
        self.elements = []

    def is_empty(self):
        return not self.elements and all(child.is_empty() for child in self.children)


class Flow:
    def __init__(self, src, dst, label, attrs, items, two_way):
        self.src = src
        self.dst = dst
        self.label = label
        self.attrs = attrs
        self.items = items
        self.two_way = two_way
        self.name = None

    def attribute_text(self):
        attrs = list(self.attrs)
        if self.items:
            attrs.append("data: [%s]" % ", ".join(self.items))
        return ", ".join(attrs)


def weighted(rng, items):
    total = sum(item[1] for item in items)
    roll = rng.uniform(0, total)
    for item in items:
        roll -= item[1]
        if roll <= 0:
            return item
    return items[-1]


def maybe(rng, probability):
    return rng.random() < probability


class Generator:
    def __init__(self, count, seed):
        self.n = count
        self.seed = seed
        self.rng = random.Random(seed)
        self.elements = []
        self.boundaries = []
        self.flows = []
        self.data = []
        self.counters = {}
        self.by_kind = {}

    def fresh(self, stem):
        self.counters[stem] = self.counters.get(stem, 0) + 1
        return "%s-%d" % (stem, self.counters[stem])

    # --- elements -----------------------------------------------------------
    def make_elements(self):
        rng = self.rng
        # A backbone, so that devices and people always have somewhere to talk to.
        plan = [("process", "gateway"), ("process", "iot-platform"), ("device", "sensor"),
                ("store", "timeseries-db"), ("external", "staff"), ("process", "dashboard")]
        plan = plan[: self.n]
        while len(plan) < self.n:
            category = weighted(rng, CATEGORY_SHARE)[0]
            plan.append((category, weighted(rng, KINDS_BY_CATEGORY[category])[0]))
        for category, kind in plan:
            _, _, stem, text = next(e for e in KINDS_BY_CATEGORY[category] if e[0] == kind)
            ident = self.fresh(stem)
            number = ident.rsplit("-", 1)[1]
            if category == "device":
                label = "%s %s, %s" % (text, number, rng.choice(PLACES))
            else:
                label = "%s %s" % (text, number)
            element = Element(ident, kind, category, label)
            element.attrs = self.element_attrs(element)
            self.elements.append(element)
            self.by_kind.setdefault(kind, []).append(element)

    def element_attrs(self, e):
        rng = self.rng
        attrs = []

        def some(pairs):
            for name, probability in pairs:
                if maybe(rng, probability):
                    attrs.append(name)

        if e.category == "device":
            some([("per-device-keys", 0.7), ("firmware-signed", 0.6), ("updatable", 0.6),
                  ("supported", 0.5), ("tamper-detection", 0.3), ("secure-boot", 0.3),
                  ("secure-element", 0.2), ("hardened", 0.3), ("local-fallback", 0.3)])
            if maybe(rng, 0.6):
                attrs.append("default-credentials: false")
            if e.kind in ("sensor", "parking-sensor", "people-counter"):
                attrs += ["constrained", "activation: %s" % ("otaa" if maybe(rng, 0.85) else "abp")]
            if e.kind in SAFETY_KINDS:
                attrs += ["safety-critical"] + (["fail-safe"] if maybe(rng, 0.7) else [])
            if e.kind == "ev-charger" and maybe(rng, 0.5):
                attrs += ["payments", "payment-certified"]
            if e.kind in ("camera", "anpr-camera", "people-counter") and maybe(rng, 0.6):
                attrs.append("dpia")
        elif e.category == "process":
            if e.kind == "mobile-app":
                return ["audience: public", "hardcoded-secrets: false"]
            if e.kind in ("gateway", "edge"):
                some([("per-device-keys", 0.6), ("firmware-signed", 0.6), ("hardened", 0.4),
                      ("tamper-detection", 0.3), ("vendor-managed", 0.4)])
                attrs.append("default-credentials: false")
                return attrs
            if e.kind in PUBLIC_FACING and maybe(rng, 0.7):
                attrs += ["internet-facing", "audience: public", "rate-limited"]
                some([("ddos-protection", 0.6)])
            attrs.append("hosting: %s" % rng.choice(["on-premises", "vendor-cloud", "public-cloud", "saas"]))
            if maybe(rng, 0.5):
                attrs.append("data-location: %s" % rng.choice(["uk", "uk", "eea"]))
            if e.kind == "scada":
                attrs.append("safety-critical")
            some([("vendor-managed", 0.4), ("logging", 0.6), ("monitored", 0.3),
                  ("least-privilege", 0.4), ("input-validation", 0.4), ("mfa", 0.3),
                  ("redundant", 0.3), ("secrets-managed", 0.2)])
        elif e.category == "store":
            some([("encrypted-at-rest", 0.6), ("backup", 0.4), ("integrity-protected", 0.2)])
            if maybe(rng, 0.5):
                attrs.append("retention-days: %d" % rng.choice([31, 90, 365, 730, 2190]))
            if maybe(rng, 0.3):
                attrs.append("data-location: uk")
        elif e.kind in USER_KINDS or e.kind == "supplier":
            some([("mfa", 0.6)])
        return attrs

    # --- boundaries ---------------------------------------------------------
    def make_boundaries(self):
        rng = self.rng
        total = max(1, self.n // 10)
        for index in range(total):
            btype, parents = BOUNDARY_PLAN[index % len(BOUNDARY_PLAN)]
            if index < 4:
                # organisation > site > street > cabinet: one chain four deep
                parent = self.boundaries[-1] if self.boundaries else None
            else:
                pool = [b for b in self.boundaries if b.type in parents and b.depth < 4]
                parent = rng.choice(pool) if pool and (None not in parents or maybe(rng, 0.6)) else None
                if parent is None and None not in parents:
                    btype = "organisation"
            stem, text = BOUNDARY_NAMES[btype]
            ident = self.fresh(stem)
            label = "%s %s" % (text, ident.rsplit("-", 1)[1])
            if btype == "physical":
                label = "%s, %s" % (label, rng.choice(PLACES))
            boundary = Boundary(ident, label, btype, parent)
            boundary.attrs.append("type: %s" % btype)
            if parent is None and btype != "internet":
                boundary.attrs.append('owner: "%s"' % rng.choice(ORGS))
            if btype == "physical":
                exposure = "restricted" if boundary.depth >= 4 else rng.choice(["public", "restricted"])
                boundary.attrs.append("exposure: %s" % exposure)
            if btype == "network" and maybe(rng, 0.5):
                boundary.attrs.append("filtered")
            if parent is not None:
                parent.children.append(boundary)
            self.boundaries.append(boundary)

    def place_elements(self):
        rng = self.rng
        homes = {}
        for b in self.boundaries:
            homes.setdefault(b.type, []).append(b)
        for e in self.elements:
            pool = [b for t in HOME_TYPES[e.category] for b in homes.get(t, [])]
            if e.category == "process" and e.kind in ("gateway", "edge"):
                pool = homes.get("physical", []) or pool
            if e.kind == "mobile-app" or e.kind == "citizen":
                pool = homes.get("internet", [])
            if not pool or maybe(rng, 0.05):
                continue  # top level, outside every boundary
            e.boundary = rng.choice(pool)
            e.boundary.elements.append(e)
        # Give every empty boundary an element of a kind that belongs there.
        for b in self.boundaries:
            if not b.is_empty():
                continue
            fitting = [e for e in self.elements
                       if b.type in HOME_TYPES[e.category] or (b.type == "physical" and e.category == "device")]
            movable = [e for e in fitting if e.boundary is None or len(e.boundary.elements) > 1]
            if b.type == "internet":
                movable = [e for e in movable if e.category == "external"]
            if movable:
                e = rng.choice(movable)
                if e.boundary is not None:
                    e.boundary.elements.remove(e)
                e.boundary = b
                b.elements.append(e)
        # A boundary that is still empty (a tiny model) is dropped, with any empty ancestors.
        for b in list(self.boundaries):
            if b.is_empty():
                self.boundaries.remove(b)
                if b.parent is not None:
                    b.parent.children.remove(b)

    # --- data ---------------------------------------------------------------
    def make_data(self):
        if self.n < 2:
            return  # a single element has no flows to carry data
        count = max(len(DATA_TEMPLATES), self.n // 8)
        for index in range(count):
            stem, label, attrs = DATA_TEMPLATES[index % len(DATA_TEMPLATES)]
            ident = self.fresh(stem)
            if index >= len(DATA_TEMPLATES):
                label = "%s (%s)" % (label, ident.rsplit("-", 1)[1])
            self.data.append((ident, stem, label, attrs))

    def data_for(self, stems):
        matches = [d[0] for d in self.data if d[1] in stems]
        return [self.rng.choice(matches)] if matches else []

    # --- flows --------------------------------------------------------------
    @staticmethod
    def allowed(src, dst):
        if src is None or dst is None or src is dst:
            return False
        if src.category == "store" and dst.category in ("store", "external"):
            return False
        if dst.category == "store" and src.category == "external":
            return False
        return not (src.category == "external" and dst.category == "external")

    def add_flow(self, src, dst, label, protocol, stems, two_way=False, extra=()):
        if not self.allowed(src, dst):
            return False
        rng = self.rng
        attrs = ["protocol: %s" % protocol] if protocol else []
        attrs += list(extra)
        if protocol in TLS_CAPABLE and maybe(rng, 0.6):
            attrs.append("tls")
        if maybe(rng, 0.6):
            attrs.append("authenticated")
        self.flows.append(Flow(src, dst, label, attrs, self.data_for(stems), two_way))
        return True

    def of(self, kinds, fallback=()):
        found = [e for kind in kinds for e in self.by_kind.get(kind, [])]
        return found or list(fallback)

    def choose(self, pool):
        return self.rng.choice(pool) if pool else None

    def make_flows(self):
        rng = self.rng
        processes = [e for e in self.elements if e.category == "process" and e.kind != "mobile-app"]
        backends = self.of(BACK_ENDS, processes)
        stores = [e for e in self.elements if e.category == "store"]
        externals = [e for e in self.elements if e.category == "external"]
        devices = [e for e in self.elements if e.category == "device"]
        front = self.of(["dashboard", "web-app", "open-data-portal", "cms", "scada", "vms"], backends)

        # 1. every device reports, and about half take commands
        for d in devices:
            targets, protocols, stems, controllers = DEVICE_LINKS[d.kind]
            protocol = rng.choice(protocols)
            if protocol in CELLULAR:
                target = self.choose(self.of(["network-server", "iot-platform"], backends))
            elif protocol in RADIO:
                target = self.choose(self.of(["gateway"], backends))
            else:
                target = self.choose(self.of(targets, backends))
            extra = ["medium: mobile-network"] if d.kind in ("ev-charger", "anpr-camera") else []
            self.add_flow(d, target, "Status and readings", protocol, stems, extra=extra)
            if maybe(rng, 0.5):
                source = self.choose(self.of(controllers, backends))
                if source is not None and source.kind == "gateway":
                    protocol = "lorawan"
                elif source is not None and d.kind == "ev-charger":
                    protocol = rng.choice(protocols)
                else:
                    protocol = rng.choice(SERVICE)
                self.add_flow(source, d, "Commands", protocol, ["commands", "schedule"])
        # 2. gateways and edge units backhaul to a back end
        for g in self.of(["gateway", "edge"]):
            target = self.choose(self.of(["network-server", "iot-platform", "cms", "scada"], backends))
            self.add_flow(g, target, "Backhaul", rng.choice(BACKHAUL), ["readings", "status"])
        # 3. every store is used by a back end
        for s in stores:
            self.add_flow(self.choose(backends), s, "Records", rng.choice(STORE_PROTOCOLS),
                          ["readings", "status", "audit", "sessions"], two_way=maybe(rng, 0.4))
        # 4. every external party uses or feeds something
        for x in externals:
            if x.kind == "citizen":
                self.add_flow(x, self.choose(front), "Requests", "https", ["accounts"],
                              two_way=maybe(rng, 0.5))
            elif x.kind in USER_KINDS:
                self.add_flow(x, self.choose(front), "Console", "https", ["commands"],
                              two_way=maybe(rng, 0.3))
            elif x.kind == "supplier":
                target = self.choose(self.of(["remote-access", "update-service"], backends))
                self.add_flow(x, target, "Support session", "https", [],
                              extra=["remote-admin", "always-on: false"])
            elif x.kind == "data-consumer":
                source = self.choose(self.of(["open-data-portal", "api"], backends))
                self.add_flow(source, x, "Dataset downloads", "https", ["open-dataset"])
            else:
                self.add_flow(x, self.choose(backends), "External feed", "https", ["open-dataset"])
        # 5. citizen apps call a back end and are used by citizens
        citizens = self.of(["citizen"])
        for app in self.of(["mobile-app"]):
            self.add_flow(app, self.choose(self.of(["api", "web-app"], backends)), "App requests",
                          "https", ["accounts"])
            if citizens:
                self.add_flow(self.choose(citizens), app, "Uses the app", None, ["accounts"],
                              two_way=True, extra=["medium: local"])
        # 6. fill up to about three flows per element
        wanted = 3 * self.n
        attempts = 0
        while len(self.flows) < wanted and attempts < 20 * wanted:
            attempts += 1
            roll = rng.random()
            if roll < 0.45 and len(backends) > 1:
                src, dst = rng.sample(backends, 2)
                self.add_flow(src, dst, rng.choice(["Events", "Queries", "Reports", "Sync"]),
                              rng.choice(SERVICE), ["readings", "status", "audit", "open-dataset"],
                              two_way=maybe(rng, 0.2))
            elif roll < 0.65 and stores and backends:
                store, proc = self.choose(stores), self.choose(backends)
                if maybe(rng, 0.5):
                    self.add_flow(proc, store, "Writes", rng.choice(STORE_PROTOCOLS), ["readings", "audit"])
                else:
                    self.add_flow(store, proc, "Reads", rng.choice(STORE_PROTOCOLS), ["open-dataset", "status"])
            elif roll < 0.75 and devices:
                d = self.choose(devices)
                target = self.choose(self.of(DEVICE_LINKS[d.kind][0], backends))
                self.add_flow(d, target, "Diagnostics", rng.choice(["mqtts", "https"]), ["status"],
                              extra=["medium: mobile-network"])
            elif roll < 0.8 and devices:
                source = self.choose(self.of(["update-service"], []))
                self.add_flow(source, self.choose(devices), "Firmware", "https", ["firmware"])
            elif roll < 0.9 and backends:
                self.add_flow(self.choose(self.of(["identity-provider"], [])), self.choose(front),
                              "Sign-in assertions", "https", ["credentials"])
                self.add_flow(self.choose(backends), self.choose(self.of(["siem"], [])),
                              "Security events", "https", ["audit"])
            elif externals:
                x = self.choose(externals)
                if x.kind in USER_KINDS:
                    self.add_flow(x, self.choose(front), "Operations", "https", ["commands", "schedule"])
                else:
                    self.add_flow(self.choose(backends), x, "Notifications", "https", ["open-dataset"])
        self.connect_loners(backends)
        self.use_all_data()
        self.name_flows()

    def connect_loners(self, backends):
        """Give every element that is still in no flow one flow with a back end."""
        linked = set()
        for f in self.flows:
            linked.add(f.src.id)
            linked.add(f.dst.id)
        for e in self.elements:
            if e.id in linked:
                continue
            partner = self.choose([b for b in backends if b is not e]
                                  or [x for x in self.elements if x is not e and self.allowed(x, e)])
            if e.category == "external" and partner is not None and partner.category != "process":
                continue
            if self.add_flow(partner, e, "Events", "https", ["status", "audit"]):
                linked.update([e.id, partner.id])

    def use_all_data(self):
        """Put every data asset on at least one flow, preferring flows that carry its kind."""
        used = set(item for f in self.flows for item in f.items)
        for ident, stem, _, _ in self.data:
            if ident in used or not self.flows:
                continue
            similar = [f for f in self.flows if any(i.rsplit("-", 1)[0] == stem for i in f.items)]
            flow = self.rng.choice(similar or self.flows)
            flow.items.append(ident)
            used.add(ident)

    def name_flows(self):
        """Name every flow that shares its two ends with another; name about half of the rest."""
        per_pair = {}
        for f in self.flows:
            key = tuple(sorted((f.src.id, f.dst.id)))
            per_pair[key] = per_pair.get(key, 0) + 1
        two_way_pairs = set()
        for index, f in enumerate(self.flows, start=1):
            key = tuple(sorted((f.src.id, f.dst.id)))
            if f.two_way:
                if key in two_way_pairs:
                    f.two_way = False  # at most one two-way flow per pair
                two_way_pairs.add(key)
            if per_pair[key] > 1 or maybe(self.rng, 0.5):
                f.name = "flow-%d" % index

    # --- output -------------------------------------------------------------
    def write(self, out):
        w = out.write
        devices = sum(1 for e in self.elements if e.category == "device")
        w("# Synthetic connected-places model for benchmarks (not a real deployment).\n")
        w("# generated by: scripts/generate-model.py --elements %d --seed %d\n" % (self.n, self.seed))
        w("# %d elements (%d devices), %d boundaries, %d flow statements, %d data assets.\n\n"
          % (len(self.elements), devices, len(self.boundaries), len(self.flows), len(self.data)))
        w('model "Synthetic city %d-%d" [version: "1", owner: "scp-dfd benchmarks"]\n\n'
          % (self.n, self.seed))
        for ident, _, label, attrs in self.data:
            w('data %s "%s" [%s]\n' % (ident, label, attrs))
        w("\n")
        for e in self.elements:
            if e.boundary is None:
                self.write_element(w, e, "")
        for b in self.boundaries:
            if b.parent is None:
                self.write_boundary(w, b, "")
        w("\n")
        for f in self.flows:
            name = "%s: " % f.name if f.name else ""
            arrow = "<->" if f.two_way else "->"
            w('%s%s %s %s "%s" [%s]\n' % (name, f.src.id, arrow, f.dst.id, f.label, f.attribute_text()))
        w("\n")
        self.write_threats(w)

    @staticmethod
    def write_element(w, e, indent):
        attrs = " [%s]" % ", ".join(e.attrs) if e.attrs else ""
        w('%s%s %s "%s"%s\n' % (indent, e.kind, e.id, e.label, attrs))

    def write_boundary(self, w, b, indent):
        w('%sboundary %s "%s" [%s] {\n' % (indent, b.id, b.label, ", ".join(b.attrs)))
        for e in b.elements:
            self.write_element(w, e, indent + "  ")
        for child in b.children:
            self.write_boundary(w, child, indent + "  ")
        w("%s}\n" % indent)

    def write_threats(self, w):
        rng = self.rng
        targets = [e for e in self.elements if e.category == "process"] or self.elements
        for index in range(1, max(1, self.n // 50) + 1):
            target = rng.choice(targets)
            stride = rng.choice(["tampering", "spoofing", "denial-of-service", "information-disclosure"])
            w('threat LOCAL-%d on %s [title: "Local scenario %d", stride: [%s], severity: %s]\n'
              % (index, target.id, index, stride, rng.choice(["low", "medium", "high"])))


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Generate a synthetic, valid scp-dfd model for benchmarks.",
        epilog="example: python3 scripts/generate-model.py --elements 1000 --seed 7 > big.dfd")
    parser.add_argument("--elements", type=int, required=True, metavar="N",
                        help="number of elements (at least 1)")
    parser.add_argument("--seed", type=int, default=1, metavar="S",
                        help="random seed; the same N and S give the same model (default 1)")
    args = parser.parse_args(argv)
    if args.elements < 1:
        parser.error("--elements must be at least 1")
    generator = Generator(args.elements, args.seed)
    generator.make_elements()
    generator.make_boundaries()
    generator.place_elements()
    generator.make_data()
    generator.make_flows()
    generator.write(sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
