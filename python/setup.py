"""Builds the Python package around the extension: `make` in the repository
(one level up) builds build/zh.so, which goes into the package as
sqlite_zh/zh.so.  The version is the release in ext/zh_version.h, what
zh_version('release') says.

    pip install --no-build-isolation --no-index ./python
"""
import os
import re
import shutil
import subprocess

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.dist import Distribution

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def release():
    with open(os.path.join(ROOT, "ext", "zh_version.h")) as f:
        return re.search(r'#define ZH_VERSION\s+"([^"]+)"', f.read()).group(1)


class BuildWithExtension(build_py):
    """Builds zh.so with the repository's Makefile and adds it."""

    def run(self):
        super().run()
        subprocess.check_call(["make", "-C", ROOT, "build/zh.so"])
        target = os.path.join(self.build_lib, "sqlite_zh")
        os.makedirs(target, exist_ok=True)
        shutil.copy2(os.path.join(ROOT, "build", "zh.so"), os.path.join(target, "zh.so"))
        for name in ("LICENSE", "NOTICE.md"):
            shutil.copy2(os.path.join(ROOT, name), os.path.join(target, name))


class BinaryDistribution(Distribution):
    """The package holds a shared object: its wheel is for this platform."""

    def has_ext_modules(self):
        return True


setup(version=release(), cmdclass={"build_py": BuildWithExtension},
      distclass=BinaryDistribution, zip_safe=False)
