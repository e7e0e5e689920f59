# core/yaml: YAML documents with source positions (included from core/CMakeLists.txt).
target_sources(lagoon_core PRIVATE
    yaml/edit/yamleditor.cpp yaml/edit/yamleditor.h
    yaml/edit/yamleditsession.cpp yaml/edit/yamleditsession_p.h
    yaml/edit/yamledittree.cpp yaml/edit/yamledittree_p.h
    yaml/edit/yamlpatch.h
    yaml/edit/yamlpath.cpp yaml/edit/yamlpath.h
    yaml/edit/yamltextlayout.cpp yaml/edit/yamltextlayout_p.h
    yaml/edit/yamlvalue.cpp yaml/edit/yamlvalue.h
    yaml/edit/yamlwriter.cpp yaml/edit/yamlwriter_p.h
    yaml/yamlanchornames.cpp yaml/yamlanchornames_p.h
    yaml/yamldocument.cpp yaml/yamldocument.h
    yaml/yamldocumentdata_p.h
    yaml/yamllimits.h
    yaml/yamllineindex.cpp yaml/yamllineindex_p.h
    yaml/yamlnode.cpp yaml/yamlnode.h
    yaml/yamlrange.h
    yaml/yamlrangeresolver.cpp yaml/yamlrangeresolver_p.h
    yaml/yamlsourcescanner.cpp yaml/yamlsourcescanner_p.h
    yaml/yamltreebuilder.cpp yaml/yamltreebuilder_p.h
)
