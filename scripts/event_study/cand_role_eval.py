"""Session 16 study: role_eval held out end to end with candidate models that read the trigger's MiniLM vector.

    python scripts/event_study/cand_role_eval.py --event-models /tmp/exp/m_v3_wo0.json /tmp/exp/m_v3_wo1.json \
        --speech-models SP_WO0 SP_WO1 --cache /tmp/rolecache        # any role_eval.py option
"""
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import cand_patch  # noqa: E402,F401  (installs the dense scoring)

sys.argv = ["role_eval.py"] + sys.argv[1:]
runpy.run_path(str(HERE.parent / "role_eval.py"), run_name="__main__")
