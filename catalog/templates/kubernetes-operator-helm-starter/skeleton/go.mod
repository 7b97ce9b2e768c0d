module ${{ values.group }}/${{ values.name }}

go 1.22

require (
	k8s.io/apimachinery v0.30.2
	k8s.io/client-go v0.30.2
	sigs.k8s.io/controller-runtime v0.18.4
)
