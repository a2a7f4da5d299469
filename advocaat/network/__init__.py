"""The netwerkanalyse: who matters locally, how they stand, how they relate, and the approach."""
