# Image of the production jar. Build the jar first: ./mvnw -DskipTests package
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 inkasso
WORKDIR /app
COPY target/inkasso.jar /app/inkasso.jar
USER inkasso
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/inkasso.jar"]
