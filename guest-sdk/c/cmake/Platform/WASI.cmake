# Platform description for CMAKE_SYSTEM_NAME=WASI, used by wasm32-wasip1.cmake
# (CMake versions before WASI support have none): a Generic system whose
# executables are .wasm modules.
include(Platform/Generic)
set(CMAKE_EXECUTABLE_SUFFIX ".wasm")
