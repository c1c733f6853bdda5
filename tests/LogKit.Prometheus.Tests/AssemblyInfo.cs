// The LogKit meter is one per process: tests that read it must not overlap with tests that log.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
