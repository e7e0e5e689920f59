# core/yaml: YAML documents with source positions (included from core/CMakeLists.txt).
target_sources(lagoon_core PRIVATE
)
