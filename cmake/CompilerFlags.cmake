# Warnings, hardening and sanitizers for every target of the project.
add_compile_options(-Wall -Wextra -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
                    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -fstack-protector-strong)
if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug" AND NOT CD_WITH_ASAN AND NOT CD_WITH_FUZZ)
    add_compile_definitions(_FORTIFY_SOURCE=2)
endif()
if(CD_WERROR)
    add_compile_options(-Werror)
endif()
if(CD_WITH_ASAN)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
if(CD_WITH_FUZZ)
    # Coverage for libFuzzer in everything compiled (the core); the fuzz targets link the fuzzer
    # itself (tests/fuzz/CMakeLists.txt). A UBSan finding must stop the run like a crash.
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
endif()
add_link_options(-Wl,-z,relro -Wl,-z,now)

# Every user-visible string goes through tr(); literals must be explicit about their encoding.
add_compile_definitions(QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
                        QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
                        QT_NO_KEYWORDS)
