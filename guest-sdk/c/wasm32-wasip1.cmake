# CMake toolchain file for napi-host guests: wasm32-wasip1 reactor modules
# built with Debian's clang-16, wasm-ld (lld-16) and wasi-libc. It applies the
# same flags as guest-sdk/c/napi-cc (see README.md there for what each does).
#
#   cmake -S examples/hello-c -B build/cmake-hello \
#         -DCMAKE_TOOLCHAIN_FILE=guest-sdk/c/wasm32-wasip1.cmake
#
# Build each addon with add_executable(); the output is <name>.wasm.
# NODE_API_HEADERS_DIR (cache variable) points at node_api.h's directory.
set(CMAKE_SYSTEM_NAME WASI)
set(CMAKE_SYSTEM_PROCESSOR wasm32)
# cmake/Platform/WASI.cmake: executables get the .wasm suffix.
list(APPEND CMAKE_MODULE_PATH "${CMAKE_CURRENT_LIST_DIR}/cmake")

set(CMAKE_C_COMPILER clang-16)
set(CMAKE_CXX_COMPILER clang++-16)
set(CMAKE_C_COMPILER_TARGET wasm32-wasi)
set(CMAKE_CXX_COMPILER_TARGET wasm32-wasi)
set(CMAKE_SYSROOT /usr)

# Compiler checks only compile: a check program is not a Node-API module.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

set(NODE_API_HEADERS_DIR "${CMAKE_CURRENT_LIST_DIR}/../../node_modules/node-api-headers/include"
    CACHE PATH "Directory containing node_api.h")
set(CMAKE_C_STANDARD_INCLUDE_DIRECTORIES /usr/include/wasm32-wasi "${NODE_API_HEADERS_DIR}")
set(CMAKE_CXX_STANDARD_INCLUDE_DIRECTORIES /usr/include/wasm32-wasi "${NODE_API_HEADERS_DIR}")

string(CONCAT CMAKE_EXE_LINKER_FLAGS_INIT
  "-mexec-model=reactor -fuse-ld=lld -Wl,--strip-debug "
  "-Wl,--export=malloc,--export=free "
  "-Wl,--export-if-defined=napi_register_wasm_v1 "
  "-Wl,--export-if-defined=napi_register_module_v1 "
  "-Wl,--export-if-defined=node_api_module_get_api_version_v1 "
  "-Wl,--export-table -Wl,--import-undefined")

# Nothing from the build machine's /usr/lib may end up in a wasm module.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
