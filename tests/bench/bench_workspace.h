#pragma once

// The folders a benchmark run creates, removed at the end (and the temporary parent with
// them when the run made it). A benchmark never touches data it did not create.

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <random>
#include <string>
#include <system_error>
#include <vector>

namespace es::bench {

class Workspace {
public:
    // Under `dir` when given, else in a fresh folder under the system's temporary folder.
    explicit Workspace(const std::optional<std::filesystem::path> &dir)
    {
        namespace fs = std::filesystem;
        if (dir) {
            m_root = *dir;
            fs::create_directories(m_root);
            return;
        }
        std::random_device rd;
        do
            m_root = fs::temp_directory_path() / ("eventscope-bench-" + std::to_string(rd()));
        while (!fs::create_directory(m_root)); // false: the name was taken
        m_ownRoot = true;
    }
    ~Workspace()
    {
        std::error_code ec;
        if (m_ownRoot) {
            std::filesystem::remove_all(m_root, ec);
            return;
        }
        for (const auto &p : m_made)
            std::filesystem::remove_all(p, ec);
    }
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // A folder that must not exist yet; the run stops with a message when it does.
    std::filesystem::path folder(const std::string &name)
    {
        std::filesystem::path p = m_root / name;
        if (std::filesystem::exists(p)) {
            std::fprintf(stderr, "%s already exists; give --dir a folder without it\n", p.string().c_str());
            std::exit(1);
        }
        m_made.push_back(p);
        return p;
    }
    [[nodiscard]] const std::filesystem::path &root() const { return m_root; }

private:
    std::filesystem::path m_root;
    bool m_ownRoot = false;
    std::vector<std::filesystem::path> m_made;
};

} // namespace es::bench
