#!/usr/bin/env python3
"""Regenerates src/test/resources/dpv/dpv-terms.tsv from a checkout of the W3C DPV release (github w3c/dpv).

Usage (from register-export/):
    python3 src/test/dpv/extract-terms.py DPV_CHECKOUT > src/test/resources/dpv/dpv-terms.tsv

DPV_CHECKOUT is the root of a w3c/dpv clone (the folder holding 2.3/). Options: --release 2.3 (the release folder),
--commit SHA (recorded in the header when the checkout is no git work tree). Needs rdflib (Debian: python3-rdflib).

Only the identifiers of the terms in DPV's namespaces are kept, each as class or property: what MachineReadableTest needs to check
that the JSON-LD export uses no term the release does not define, and uses each as what it is.
"""

import argparse
import datetime
import subprocess
import sys
from pathlib import Path

import rdflib
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS

# The DPV modules the export uses, by their file in a release folder. A new module the export uses is added here.
MODULES = [
    "dpv/dpv.ttl",
    "pd/pd.ttl",
    "legal/eu/legal-eu.ttl",
    "legal/eu/gdpr/eu-gdpr.ttl",
    "loc/loc.ttl",
]

# DPV's own namespaces; the Dublin Core terms some modules redeclare are left to their own vocabulary.
DPV_NAMESPACES = "https://w3id.org/dpv"
CLASS_TYPES = {RDFS.Class, OWL.Class}
PROPERTY_TYPES = {RDF.Property, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}


def commit_of(checkout: Path) -> str:
    try:
        return subprocess.run(["git", "-C", str(checkout), "rev-parse", "HEAD"], check=True,
                              capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def ontology_facts(graph: rdflib.Graph) -> tuple[str, str]:
    """The version and modification date the file states for itself."""
    for ontology in graph.subjects(RDF.type, OWL.Ontology):
        version = graph.value(ontology, OWL.versionInfo)
        modified = graph.value(ontology, DCTERMS.modified)
        if version is not None:
            return str(version), str(modified)
    raise SystemExit("no owl:Ontology with owl:versionInfo found")


def terms(graph: rdflib.Graph, path: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for subject in set(graph.subjects(RDF.type, None)):
        if not isinstance(subject, rdflib.URIRef) or not str(subject).startswith(DPV_NAMESPACES):
            continue
        types = set(graph.objects(subject, RDF.type))
        is_class = bool(types & CLASS_TYPES)
        is_property = bool(types & PROPERTY_TYPES)
        if is_class and is_property:
            raise SystemExit(f"{path}: {subject} is both a class and a property")
        if is_class or is_property:
            found[str(subject)] = "property" if is_property else "class"
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkout", type=Path)
    parser.add_argument("--release", default="2.3")
    parser.add_argument("--commit")
    args = parser.parse_args()

    all_terms: dict[str, str] = {}
    stated = []
    for module in MODULES:
        path = f"{args.release}/{module}"
        graph = rdflib.Graph()
        graph.parse(args.checkout / path, format="turtle")
        version, modified = ontology_facts(graph)
        if version != args.release:
            raise SystemExit(f"{path} states version {version}, not {args.release}")
        stated.append(f"#   {path} (owl:versionInfo {version}, dct:modified {modified})")
        for term, kind in terms(graph, path).items():
            if all_terms.setdefault(term, kind) != kind:
                raise SystemExit(f"{term} is a {all_terms[term]} in one module and a {kind} in {path}")

    out = sys.stdout
    out.write(f"# Terms the W3C Data Privacy Vocabulary (DPV) {args.release} defines, in the modules the JSON-LD export uses.\n")
    out.write(f"# From github w3c/dpv, commit {args.commit or commit_of(args.checkout)}, files:\n")
    out.write("\n".join(stated) + "\n")
    out.write(f"# Extracted {datetime.date.today().isoformat()} by src/test/dpv/extract-terms.py; regenerate, do not edit.\n")
    out.write("# One term a line: its IRI, a tab, class or property.\n")
    for term in sorted(all_terms):
        out.write(f"{term}\t{all_terms[term]}\n")


if __name__ == "__main__":
    main()
