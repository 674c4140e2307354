#!/usr/bin/env python3
"""How far can the Arabic detection set be learned from its own sentences?

Issue #3 asks for sentence-level detection F1 >= 0.75 on
../shared/eval/arabic_event_detection_ar.jsonl. The extractor's rules reach
0.24 (docs/quality.md, "Where it stands"). This script measures a ceiling
for any method that reads only the sentence: a supervised classifier
trained on the set itself, scored by five-fold cross-validation with the
sentences of one article kept in one fold (the ids end in the sentence's
number in its article, after "_" or "-").

Three feature sets, each with a logistic regression (balanced class
weights), the asked class ("PROTEST"/"ASSAULT") always a feature:
  text       character 2-5-grams of the sentence
  extractor  the extractor's own triples (class, relation, mood, which
             sides it found), from `actorgraph extract --format jsonl`
  both       the two together
Each is reported at the 0.5 threshold and at the best threshold chosen in
hindsight on the scores of all folds (an optimistic figure). The label is
`yes` against `easy no` and `difficult no`, as `actorgraph eval` scores it;
`ambiguous` sentences (`evaluated: false`) are left out.

Usage (from the repository root, after `cargo build --release`):
  python3 -m venv .venv-scripts && .venv-scripts/bin/pip install scikit-learn
  .venv-scripts/bin/python scripts/detection_ceiling.py \
      ../shared/eval/arabic_event_detection_ar.jsonl target/release/actorgraph
"""
import collections
import json
import re
import subprocess
import sys

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import precision_recall_fscore_support
from sklearn.model_selection import GroupKFold


def article(record_id):
    """The article part of an id such as "AAW_ARB_20070810.0015-11"."""
    match = re.match(r"(.*)[-_](\d+)$", record_id)
    return match.group(1) if match else record_id


def extractor_features(record, triples):
    """Words naming what the extractor found in the sentence."""
    words = []
    for t in triples:
        if t["mood"] != "done" or t["negated"]:
            words.append(f"not_done_{t['plover']}")
            continue
        words += [f"class_{t['plover']}", f"relation_{t['relation']}"]
        if t["plover"] == record["event_type_asked"]:
            words.append("asked_class_found")
        if t["source"] and t["source"].get("id"):
            words.append(f"named_source_{t['plover']}")
        if t["target"] and t["target"].get("id"):
            words.append(f"named_target_{t['plover']}")
    return " ".join(words) or "nothing_found"


def scores(docs, labels, groups, make_features):
    """Out-of-fold probabilities of *yes* for every sentence; `make_features`
    pairs a column of `docs` with a factory of its vectorizer."""
    probability = np.zeros(len(labels))
    for train, test in GroupKFold(5).split(docs, labels, groups):
        fitted = [(column, make()) for column, make in make_features]
        a = sp.hstack([v.fit_transform([docs[i][c] for i in train]) for c, v in fitted]).tocsr()
        b = sp.hstack([v.transform([docs[i][c] for i in test]) for c, v in fitted]).tocsr()
        model = LogisticRegression(C=3, class_weight="balanced", max_iter=3000)
        probability[test] = model.fit(a, labels[train]).predict_proba(b)[:, 1]
    return probability


def prf(labels, predicted):
    p, r, f, _ = precision_recall_fscore_support(labels, predicted, average="binary", zero_division=0)
    return p, r, f


def main():
    gold_path, binary = sys.argv[1], sys.argv[2]
    records = [json.loads(line) for line in open(gold_path, encoding="utf-8")]
    records = [r for r in records if r.get("evaluated")]
    out = subprocess.run(
        [binary, "extract", "--quiet", "--format", "jsonl", gold_path],
        check=True, capture_output=True, text=True,
    ).stdout
    triples = collections.defaultdict(list)
    for line in out.splitlines():
        t = json.loads(line)
        triples[t["doc"]].append(t)

    labels = np.array([r["label"] == "yes" for r in records])
    groups = [article(r["id"]) for r in records]
    docs = [
        (r["event_type_asked"] + " " + r["text"],
         r["event_type_asked"] + " " + extractor_features(r, triples[r["id"]]))
        for r in records
    ]
    print(f"{len(records)} sentences, {labels.sum()} yes, {len(set(groups))} articles")
    rule = np.array(["asked_class_found" in d[1] for d in docs])
    print("extractor rule (as eval scores it)  P %.3f R %.3f F1 %.3f" % prf(labels, rule))

    def text():
        return TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True)

    def found():
        return TfidfVectorizer(token_pattern=r"\S+", ngram_range=(1, 2))

    feature_sets = [
        ("text", [(0, text)]),
        ("extractor", [(1, found)]),
        ("both", [(0, text), (1, found)]),
    ]
    for name, makers in feature_sets:
        probability = scores(docs, labels, groups, makers)
        at_half = prf(labels, probability > 0.5)
        best = max((prf(labels, probability > t)[2], t) for t in np.arange(0.05, 0.95, 0.05))
        print("%-10s at 0.5: P %.3f R %.3f F1 %.3f; best threshold in hindsight %.2f: F1 %.3f"
              % (name, *at_half, best[1], best[0]))


if __name__ == "__main__":
    main()
