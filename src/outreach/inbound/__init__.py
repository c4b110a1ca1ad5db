"""Inbound mail classifier: bounces, complaints, auto-replies and human replies."""

from __future__ import annotations

from .classify import classify
from .model import Classification

__all__ = ["Classification", "classify"]
