"""Matching peers: criteria and scores, certified-optimal pairs, near-optimal groups, mentor matching."""
