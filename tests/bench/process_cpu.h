#pragma once

// What this process uses, read from /proc (Linux): resident memory, the CPU time of the
// process and of each of its threads, and the machine's load average.

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

namespace es::bench {

// VmRSS in MiB.
inline double residentMiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::strtod(line.c_str() + 6, nullptr) / 1024.0;
    return 0;
}

// utime + stime, in seconds, from a /proc/.../stat file (proc(5) fields 14 and 15).
inline double cpuSecondsIn(const std::filesystem::path &statFile)
{
    std::ifstream stat(statFile);
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    // The command name may hold spaces: the fields are counted from its closing ')'.
    const std::size_t name = text.rfind(')');
    if (name == std::string::npos)
        return 0;
    std::vector<std::string> fields;
    std::size_t from = name + 2;
    while (from < text.size()) {
        const std::size_t space = std::min(text.find(' ', from), text.size());
        fields.push_back(text.substr(from, space - from));
        from = space + 1;
    }
    if (fields.size() < 13)
        return 0;
    const double ticks = static_cast<double>(::sysconf(_SC_CLK_TCK));
    return (std::strtod(fields[11].c_str(), nullptr) + std::strtod(fields[12].c_str(), nullptr)) / ticks;
}

// The 1-minute load average: how busy the machine's cores were, this run and others.
inline double loadAverage()
{
    std::ifstream in("/proc/loadavg");
    double load = 0;
    in >> load;
    return load;
}

// A thread's name ("rdk:main", "catalog"), from its /proc/self/task/<tid> folder.
inline std::string threadName(const std::filesystem::path &task)
{
    std::ifstream comm(task / "comm");
    std::string name;
    std::getline(comm, name);
    return name;
}

// CPU seconds so far: the whole process (threads that ended included) and each live thread.
struct CpuSample {
    double process = 0;
    std::map<int, double> byThread; // by thread id
};

inline CpuSample sampleCpu()
{
    CpuSample s;
    s.process = cpuSecondsIn("/proc/self/stat");
    for (const auto &task : std::filesystem::directory_iterator("/proc/self/task"))
        s.byThread[std::atoi(task.path().filename().c_str())] = cpuSecondsIn(task.path() / "stat");
    return s;
}

} // namespace es::bench
