"""The packages below are installed into throwaway environments by tests/install_shapes;
their sources are not tests."""

collect_ignore_glob = ["*"]
