"""Inbound mail: classification of bounces, auto-replies, complaints and replies."""
