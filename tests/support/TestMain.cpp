// SPDX-License-Identifier: MIT
// main() of a test folder's executable: runs the registered test named by the first argument with
// the rest of the command line (Qt Test's own options: a function name, -v2, -o ...).
#include "TestMain.h"

#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <vector>

namespace {

std::map<std::string, sb::test::RunTest>& registry()
{
    static std::map<std::string, sb::test::RunTest> tests;
    return tests;
}

std::string baseName(const char* path)
{
    std::string name = path;
    if (const auto slash = name.find_last_of('/'); slash != std::string::npos)
        name.erase(0, slash + 1);
    if (const auto dot = name.find_last_of('.'); dot != std::string::npos)
        name.erase(dot);
    return name;
}

int usage(const char* program, FILE* stream)
{
    std::fprintf(stream, "usage: %s TEST [Qt Test options]\nTESTs:\n", program);
    for (const auto& entry : registry())
        std::fprintf(stream, "  %s\n", entry.first.c_str());
    return stream == stdout ? 0 : 2;
}

} // namespace

sb::test::Registration::Registration(const char* sourceFile, RunTest run)
{
    registry().emplace(baseName(sourceFile), run);
}

int main(int argc, char** argv)
{
    if (argc >= 2 && (std::strcmp(argv[1], "--list") == 0 || std::strcmp(argv[1], "--help") == 0))
        return usage(argv[0], stdout);
    const auto test = argc >= 2 ? registry().find(argv[1]) : registry().end();
    if (test == registry().end()) {
        if (argc >= 2)
            std::fprintf(stderr, "%s: no test named %s\n", argv[0], argv[1]);
        return usage(argv[0], stderr);
    }
    // Qt Test sees the test's name as the program and the rest as its own options.
    std::vector<char*> arguments{argv[1]};
    arguments.insert(arguments.end(), argv + 2, argv + argc);
    arguments.push_back(nullptr);
    return test->second(argc - 1, arguments.data());
}
