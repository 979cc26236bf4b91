"""Evaluation measures, pure Python: contact matrices, learning heat maps, gains, diffusion trees,
the hourglass status, before/after and comparison-group figures, and anonymisation codes."""
