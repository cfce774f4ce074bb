"""Hypothesis profiles: ``fast`` (default, CI) and ``thorough``.

Select with ``SYMPROOF_HYPOTHESIS_PROFILE=thorough pytest``.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile("fast", max_examples=25, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=400, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("SYMPROOF_HYPOTHESIS_PROFILE", "fast"))
