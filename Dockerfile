# The app as a container, for docker-compose.yml (which runs it against the official Neo4j image).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/entente.jar entente.jar
EXPOSE 8080
# An OutOfMemoryError ends the process (the store recovers at the next start) rather than leaving it half alive.
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/entente.jar"]
