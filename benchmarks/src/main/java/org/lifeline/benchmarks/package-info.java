/**
 * JMH benchmarks. Build with {@code mvn -Pbenchmarks -pl benchmarks -am package -DskipTests}
 * and run {@code java -jar benchmarks/target/benchmarks.jar NAME}. Results live in docs/.
 */
package org.lifeline.benchmarks;
