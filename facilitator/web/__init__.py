"""HTTP surfaces, one blueprint each: the facilitator console, the projector and the phones."""
