import Benchmark
import SMSCore

func registerSegmentBenchmarks() {}
