import Benchmark
import SMSCore

func registerAnalyzeBenchmarks() {}
