"""The compiled solvers the matching uses, reached without importing all of ``scipy.optimize``.

``import scipy.optimize`` loads most of SciPy (linalg, fft, sparse, special...): about half a second on a
laptop, longer than a 300-peer matching takes. The matching needs only two of its compiled parts: the
assignment solver (``_lsap``) and HiGHS (``_highspy._core``). They are loaded here straight from SciPy's
folder and called exactly as ``linear_sum_assignment``, ``linprog(method="highs-ipm")`` and ``milp`` call
them, so the answers are the same; if SciPy's layout ever differs, the public functions are used instead
(slower to start, same results).
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import logging
import os
import sys
from types import ModuleType
from typing import NamedTuple

import numpy as np

logger = logging.getLogger(__name__)


class Sparse(NamedTuple):
    """A matrix in compressed-column form (what HiGHS reads): column k's rows are
    ``indices[indptr[k]:indptr[k + 1]]`` with ``data`` the values."""

    indptr: np.ndarray
    indices: np.ndarray
    data: np.ndarray
    shape: tuple[int, int]


_loaded: dict[str, ModuleType | None] = {}


def _extension(name: str) -> ModuleType | None:
    """SciPy's compiled module ``name`` (e.g. ``scipy.optimize._lsap``) without running its package's
    ``__init__``; None if it cannot be found or loaded. Registered in ``sys.modules``, so a later
    ``import scipy.optimize`` reuses it rather than loading it twice."""
    if name in sys.modules:
        return sys.modules[name]
    if name in _loaded:
        return _loaded[name]
    module = None
    try:
        import scipy

        base = os.path.join(os.path.dirname(scipy.__file__), *name.split(".")[1:])
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            if os.path.exists(base + suffix):
                spec = importlib.util.spec_from_file_location(name, base + suffix)
                if spec is not None and spec.loader is not None:
                    module = importlib.util.module_from_spec(spec)
                    spec.loader.exec_module(module)
                    sys.modules[name] = module
                break
    except Exception as exc:  # noqa: BLE001 - any failure means: use the public functions
        logger.info("could not load %s directly (%s); using scipy.optimize", name, exc)
        module = None
    _loaded[name] = module
    return module


def linear_sum_assignment(matrix: np.ndarray, maximize: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """``scipy.optimize.linear_sum_assignment``."""
    lsap = _extension("scipy.optimize._lsap")
    if lsap is None or not hasattr(lsap, "linear_sum_assignment"):
        from scipy.optimize import linear_sum_assignment as public

        return public(matrix, maximize=maximize)
    return lsap.linear_sum_assignment(matrix, maximize=maximize)


def _highs() -> ModuleType | None:
    core = _extension("scipy.optimize._highspy._core")
    return core if core is not None and hasattr(core, "_Highs") else None


def _run_highs(core: ModuleType, c: np.ndarray, a: Sparse, upper: np.ndarray, lb: np.ndarray, ub: np.ndarray,
               integer: bool, options: dict):
    """HiGHS on: min c.x subject to A x <= upper, lb <= x <= ub (as SciPy's ``_highs_wrapper`` sets it up).
    Returns the solved Highs object and its model status."""
    rows, cols = a.shape
    lp = core.HighsLp()
    lp.num_col_ = cols
    lp.num_row_ = rows
    lp.a_matrix_.num_col_ = cols
    lp.a_matrix_.num_row_ = rows
    lp.a_matrix_.format_ = core.MatrixFormat.kColwise
    lp.col_cost_ = c
    lp.col_lower_ = lb
    lp.col_upper_ = ub
    lp.row_lower_ = np.full(rows, -core.kHighsInf)
    lp.row_upper_ = upper
    lp.a_matrix_.start_ = a.indptr
    lp.a_matrix_.index_ = a.indices
    lp.a_matrix_.value_ = a.data
    if integer:
        lp.integrality_ = [core.HighsVarType(1)] * cols
    highs = core._Highs()
    highs_options = core.HighsOptions()
    for key, value in options.items():
        setattr(highs_options, key, value)
    if highs.passOptions(highs_options) == core.HighsStatus.kError:
        raise RuntimeError("HiGHS refused its options")
    if highs.passModel(lp) == core.HighsStatus.kError:
        raise RuntimeError("HiGHS refused the model")
    if highs.run() == core.HighsStatus.kError:
        return highs, None
    return highs, highs.getModelStatus()


def solve_lp(c: np.ndarray, a: Sparse, upper: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``linprog(c, A_ub=a, b_ub=upper, bounds=(0, None), method="highs-ipm")``: the solution and the
    marginals of the rows (``res.ineqlin.marginals``). RuntimeError if it is not solved to optimality."""
    core = _highs()
    if core is None:
        from scipy.optimize import linprog
        from scipy.sparse import csc_matrix

        res = linprog(c, A_ub=csc_matrix((a.data, a.indices, a.indptr), shape=a.shape), b_ub=upper,
                      bounds=(0, None), method="highs-ipm")
        if res.status != 0:
            raise RuntimeError(f"LP failed: {res.message}")
        return res.x, res.ineqlin.marginals
    options = {  # linprog's, for method="highs-ipm" with no options of its own
        "presolve": "on",
        "solver": "ipm",
        "highs_debug_level": int(core.HighsDebugLevel.kHighsDebugLevelNone),
        "log_to_console": False,
        "output_flag": False,
        "simplex_strategy": int(core.simplex_constants.SimplexStrategy.kSimplexStrategyDual),
    }
    cols = a.shape[1]
    highs, status = _run_highs(core, np.asarray(c, dtype=np.float64), a, np.asarray(upper, dtype=np.float64),
                               np.zeros(cols), np.full(cols, core.kHighsInf), False, options)
    if status != core.HighsModelStatus.kOptimal:
        message = highs.modelStatusToString(status) if status is not None else "error"
        raise RuntimeError(f"LP failed: {message}")
    solution = highs.getSolution()
    return np.array(solution.col_value), np.array(solution.row_dual)


def solve_milp(c: np.ndarray, a: Sparse, upper: np.ndarray, time_limit: float | None = None) -> np.ndarray | None:
    """``milp(c, constraints=LinearConstraint(a, -inf, upper), integrality=1, bounds=Bounds(0, 1))``:
    the solution, or None if none was found (in ``time_limit`` seconds)."""
    core = _highs()
    if core is None:
        from scipy.optimize import Bounds, LinearConstraint, milp
        from scipy.sparse import csc_matrix

        matrix = csc_matrix((a.data, a.indices, a.indptr), shape=a.shape)
        res = milp(c, constraints=LinearConstraint(matrix, -np.inf, upper), integrality=np.ones(len(c)),
                   bounds=Bounds(0, 1), options={"time_limit": time_limit} if time_limit else {})
        return res.x
    options: dict = {"log_to_console": False}  # milp's, with its time limit
    if time_limit:
        options["time_limit"] = float(time_limit)
    cols = a.shape[1]
    highs, status = _run_highs(core, np.asarray(c, dtype=np.float64), a, np.asarray(upper, dtype=np.float64),
                               np.zeros(cols), np.ones(cols), True, options)
    stopped = (core.HighsModelStatus.kTimeLimit, core.HighsModelStatus.kIterationLimit,
               core.HighsModelStatus.kSolutionLimit)
    if status == core.HighsModelStatus.kOptimal or (
            status in stopped and highs.getInfo().objective_function_value != core.kHighsInf):
        return np.array(highs.getSolution().col_value)
    return None
