#!/usr/bin/env python3
"""Checks what `-Prelease deploy` published into a file repository, as a public repository and a user's legal
review would: every module has its jar, sources and Javadoc; every POM is self-contained (no parent, no build
configuration, versions written out), carries name, description, url, licenses, developers and scm, and names
no test dependency. Usage: check-published.py REPOSITORY_DIR. Exits 1 with the problems listed."""
import glob
import os
import sys
import xml.etree.ElementTree as ET

NS = {"m": "http://maven.apache.org/POM/4.0.0"}
MODULES = {"sdk-bom": "pom", "sdk-core": "jar", "sdk-identity": "jar", "sdk-image": "jar", "sdk-testing": "jar",
           "sdk-micrometer": "jar", "sdk-spring-boot-starter": "jar"}


def newest(folder, suffix):
    found = sorted(f for f in glob.glob(os.path.join(folder, "*" + suffix))
                   if not f.endswith(("-sources.jar", "-javadoc.jar")) or suffix != ".jar")
    return found[-1] if found else None


def check(repo):
    problems = []
    for module, packaging in MODULES.items():
        versions = glob.glob(os.path.join(repo, "dev", "glanceshare", module, "*"))
        versions = [v for v in versions if os.path.isdir(v)]
        if len(versions) != 1:
            problems.append(f"{module}: expected one published version, found {versions}")
            continue
        folder = versions[0]
        version = os.path.basename(folder)
        pom_file = newest(folder, ".pom")
        if pom_file is None:
            problems.append(f"{module}: no POM")
            continue
        if packaging == "jar":
            for suffix in (".jar", "-sources.jar", "-javadoc.jar"):
                if newest(folder, suffix) is None:
                    problems.append(f"{module}: no *{suffix}")
        text = open(pom_file, encoding="utf-8").read()
        if "${" in text:
            problems.append(f"{module}: unresolved property in the published POM")
        pom = ET.parse(pom_file).getroot()
        for element in ("name", "description", "url", "licenses/m:license/m:name", "developers/m:developer",
                        "scm/m:url", "scm/m:connection"):
            if pom.find("m:" + element, NS) is None:
                problems.append(f"{module}: the POM has no <{element.replace('m:', '')}>")
        for element in ("parent", "build", "profiles", "repositories"):
            if pom.find("m:" + element, NS) is not None:
                problems.append(f"{module}: the POM still has <{element}>")
        managed = pom.find("m:dependencyManagement", NS)
        if packaging == "pom":
            for dep in pom.findall("m:dependencyManagement/m:dependencies/m:dependency", NS):
                if dep.findtext("m:version", namespaces=NS) != version:
                    problems.append(f"{module}: manages {dep.findtext('m:artifactId', namespaces=NS)} at "
                                    f"{dep.findtext('m:version', namespaces=NS)}, not {version}")
        elif managed is not None:
            problems.append(f"{module}: the POM still has <dependencyManagement>")
        for dep in pom.findall("m:dependencies/m:dependency", NS):
            name = dep.findtext("m:groupId", namespaces=NS) + ":" + dep.findtext("m:artifactId", namespaces=NS)
            if dep.findtext("m:scope", namespaces=NS) == "test":
                problems.append(f"{module}: publishes the test dependency {name}")
            if not dep.findtext("m:version", namespaces=NS):
                problems.append(f"{module}: {name} has no version")
        print(f"   {module} {version}: {len(pom.findall('m:dependencies/m:dependency', NS))} dependencies, "
              f"{'POM only' if packaging == 'pom' else 'jar, sources, javadoc'}")
    return problems


if __name__ == "__main__":
    issues = check(sys.argv[1])
    for issue in issues:
        print("   PUBLISHED POM PROBLEM: " + issue)
    print("== compat: published artifacts " + ("FAILED" if issues else "checked"))
    sys.exit(1 if issues else 0)
